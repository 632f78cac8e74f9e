require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 405
    json message: 'Method Not Allowed'
end
