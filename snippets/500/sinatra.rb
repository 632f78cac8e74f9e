require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 500
    json message: 'Internal Server Error'
end
