require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 401
    json message: 'Unauthorized'
end
