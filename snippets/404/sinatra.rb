require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 404
    json message: 'Not Found'
end
